import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { mantineComponentStyles, MANTINE_STYLES_MODULE, stylesheetFor } from './mantine-component-styles'

const modules = '/app/node_modules'
const require = createRequire(import.meta.url)
const resolvesToAFile = (sheet: string) => existsSync(require.resolve(sheet))

describe('stylesheetFor', () => {
  it("gives a Mantine component's class-name module its own layered sheet", () => {
    const sheet = stylesheetFor(`${modules}/@mantine/core/esm/components/Menu/Menu.module.mjs`)
    expect(sheet).toBe('@mantine/core/styles/Menu.layer.css')
    expect(resolvesToAFile(sheet ?? '')).toBe(true)
  })

  it('finds modules outside components/ and with a query or Windows separators', () => {
    expect(stylesheetFor(`${modules}/@mantine/core/esm/components/Table/Table.module.mjs?v=1`)).toBe(
      '@mantine/core/styles/Table.layer.css',
    )
    expect(
      stylesheetFor('C:\\app\\node_modules\\@mantine\\core\\esm\\components\\Badge\\Badge.module.mjs'),
    ).toBe('@mantine/core/styles/Badge.layer.css')
  })

  it('leaves out the sheets the start already loads', () => {
    expect(stylesheetFor(`${modules}/@mantine/core/esm/components/Button/Button.module.mjs`)).toBeUndefined()
    expect(
      stylesheetFor(`${modules}/@mantine/core/esm/utils/InlineInput/InlineInput.module.mjs`),
    ).toBeUndefined()
  })

  it('gives the packages with one sheet that sheet, unlayered as before', () => {
    const cases = {
      '@mantine/dates/esm/components/Day/Day.module.mjs': '@mantine/dates/styles.css',
      '@mantine/charts/esm/grid-chart.module.mjs': '@mantine/charts/styles.css',
      '@mantine/notifications/esm/Notifications.module.mjs': '@mantine/notifications/styles.css',
      'mantine-datatable/dist/index.mjs': 'mantine-datatable/styles.css',
    }
    for (const [module, sheet] of Object.entries(cases)) {
      expect(stylesheetFor(`${modules}/${module}`)).toBe(sheet)
      expect(resolvesToAFile(sheet)).toBe(true)
    }
  })

  it('leaves every other module alone', () => {
    expect(stylesheetFor(`${modules}/@mantine/core/esm/components/Menu/Menu.mjs`)).toBeUndefined()
    expect(stylesheetFor('/app/src/features/jobs/components/jobs-table.module.css')).toBeUndefined()
    expect(stylesheetFor(`${modules}/mantine-datatable/dist/index.js`)).toBeUndefined()
  })
})

type Hook = (this: unknown, ...args: unknown[]) => unknown

/** Runs the plugin's hooks as Vite would for a build or the dev server. */
function pluginFor(command: 'build' | 'serve') {
  const plugin = mantineComponentStyles()
  const call = (hook: unknown, ...args: unknown[]) => (hook as Hook).call({}, ...args)
  call(plugin.configResolved, { command })
  const resolved = call(plugin.resolveId, MANTINE_STYLES_MODULE) as string
  return {
    stylesModule: () => call(plugin.load, resolved) as string,
    transform: (code: string, id: string) => call(plugin.transform, code, id) as { code: string } | undefined,
  }
}

describe('mantineComponentStyles', () => {
  const menuModule = `${modules}/@mantine/core/esm/components/Menu/Menu.module.mjs`

  it("in a build, appends the component's sheet to its module and starts with the global rules", () => {
    const build = pluginFor('build')
    expect(build.transform('export default {}', menuModule)?.code).toContain(
      "import '@mantine/core/styles/Menu.layer.css'",
    )
    const start = build.stylesModule()
    expect(start).toContain("import '@mantine/core/styles/global.layer.css'")
    expect(start).toContain("import '@mantine/core/styles/Button.layer.css'")
    expect(start).not.toContain('Menu.layer.css')
    const sheets = [...start.matchAll(/'([^']+)'/g)].map((match) => match[1] ?? '')
    expect(sheets.filter((sheet) => !resolvesToAFile(sheet))).toEqual([])
  })

  it('on the dev server, loads every sheet at the start and transforms nothing', () => {
    const serve = pluginFor('serve')
    expect(serve.transform('export default {}', menuModule)).toBeUndefined()
    expect(serve.stylesModule()).toContain("import '@mantine/core/styles.layer.css'")
    expect(serve.stylesModule()).toContain("import 'mantine-datatable/styles.css'")
  })
})
