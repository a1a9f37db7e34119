import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Every folder under src/features: one feature each (read at lint time, so a new feature is covered at once). */
const features = readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/**
 * Which layer may import which, as `import-x/no-restricted-paths` zones (`target` may not import `from`).
 * Imports point downwards only: app → features → components → lib → api. Features never import each other;
 * shared pieces go to components (UI), lib (logic) or api (data).
 */
const layerZones = [
  {
    target: './src/features',
    from: './src/app',
    message: 'Features do not import the app: routes are in src/lib/routes.ts, shared UI in src/components.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message:
      'A feature never imports another feature; move the shared piece to src/components, src/lib or src/api.',
  })),
  {
    target: './src/components',
    from: ['./src/app', './src/features'],
    message: 'Shared components import only components, lib and api.',
  },
  {
    target: './src/lib',
    from: ['./src/app', './src/features', './src/components'],
    message: 'src/lib is logic below the UI: it imports only lib and api.',
  },
  {
    target: './src/api',
    from: ['./src/app', './src/features', './src/components', './src/lib'],
    message: 'src/api is the bottom layer: it imports only api.',
  },
  {
    target: './src/mocks',
    from: ['./src/app', './src/features', './src/components'],
    message:
      'The simulator stands in for the appliance: it uses the contract (src/api) and pure logic (src/lib), no UI.',
  },
  {
    target: ['./src/features', './src/components', './src/lib', './src/api'],
    from: './src/mocks',
    message: 'Only the app entry and tests start the simulator.',
  },
]

/**
 * The layer rules for application code (tests may wire layers together, e.g. render a component in the app's
 * providers). `no-unresolved` is part of it: `no-restricted-paths` skips an import it cannot resolve, so an
 * unresolvable import would otherwise slip past the zones.
 */
export const layersConfig = {
  files: ['src/**/*.{ts,tsx}'],
  ignores: ['src/**/*.test.{ts,tsx}', 'src/test/**', 'src/**/test/**', 'src/**/*test-helpers.ts'],
  plugins: { 'import-x': importX },
  settings: {
    'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.js', '.json'] })],
  },
  rules: {
    'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }],
    'import-x/no-unresolved': ['error', { ignore: ['^virtual:', '\\?(raw|url|worker)$'] }],
  },
}
