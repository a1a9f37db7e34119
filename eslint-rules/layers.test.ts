// @vitest-environment node
import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const eslint = new ESLint({ cwd: root })

/** The layer rules' complaints about `code` placed at `file` (relative to the repository), with the project config. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId?.startsWith('import-x/'))
    .map((message) => `${message.ruleId}: ${message.message}`)
}

describe('layer rules (import-x zones in eslint.config.js)', () => {
  it('let a feature use its own files, components, lib, api and the route table', async () => {
    const code = [
      "import { routes } from '../../../lib/routes'",
      "import { QueryState } from '../../../components/query-state/query-state'",
      "import { $api } from '../../../api'",
      "import { jobsRoutes } from '../routes'",
      'export const used = [routes, QueryState, $api, jobsRoutes]',
    ].join('\n')
    expect(await layerErrors('src/features/jobs/pages/x.tsx', code)).toEqual([])
  })

  it('stop a feature importing another feature, statically, re-exported or lazily', async () => {
    const errors = await layerErrors(
      'src/features/dashboard/pages/x.tsx',
      [
        "import { jobsRoutes } from '../../jobs/routes'",
        "export * from '../../auth/session-limits'",
        "export const page = () => import('../../jobs/pages/jobs-page')",
        'export const used = jobsRoutes',
      ].join('\n'),
    )
    expect(errors).toHaveLength(3)
    expect(errors[0]).toMatch(/no-restricted-paths.*never imports another feature/)
  })

  it('stop features importing the app', async () => {
    const errors = await layerErrors(
      'src/features/jobs/pages/x.tsx',
      "import { navItems } from '../../../app/navigation'\nexport const used = navItems",
    )
    expect(errors).toEqual([expect.stringMatching(/do not import the app/)])
  })

  it('stop lib importing components, and components importing features', async () => {
    expect(
      await layerErrors(
        'src/lib/x.ts',
        "import { notifySuccess } from '../components/notify/notify'\nexport const used = notifySuccess",
      ),
    ).toEqual([expect.stringMatching(/imports only lib and api/)])
    expect(
      await layerErrors(
        'src/components/x.tsx',
        "import { jobsRoutes } from '../features/jobs/routes'\nexport const used = jobsRoutes",
      ),
    ).toEqual([expect.stringMatching(/Shared components import only/)])
  })

  it('report an import it cannot resolve, which the zones would otherwise let through', async () => {
    expect(
      await layerErrors(
        'src/features/jobs/pages/x.tsx',
        "import { x } from '../../nowhere/x'\nexport const y = x",
      ),
    ).toEqual([expect.stringMatching(/no-unresolved/)])
  })
})
