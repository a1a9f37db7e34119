import type { Plugin } from 'vite'

/**
 * Mantine's styles travel with Mantine's components, so each page downloads the styles of the components it
 * shows and no others (issue 16: the first dashboard paint loaded the whole Mantine, dates, datatable and charts
 * stylesheets).
 *
 * In a build, every Mantine module that holds a component's class names (`<Component>.module.mjs`) also imports
 * that component's stylesheet. The bundler then puts the stylesheet in the same chunk as the component: a lazy
 * page that brings a `Menu` brings `Menu.layer.css`. Components import the components they build on first, so a
 * chunk's stylesheet keeps Mantine's order (`UnstyledButton` before `Button`). The packages that ship one sheet
 * for all their components (dates, charts, notifications, datatable) have it imported by each of their modules,
 * and the bundler keeps it once, with the first of them. The sheets are the ones the console used before (core
 * layered, the others not), so the cascade does not change.
 *
 * `virtual:mantine-styles` (imported once, by the start) holds what no component brings — Mantine's reset and
 * global rules — and, in one file, the sheets of the components the start and the sign-in page draw (every page
 * needs them; a dozen separate small files would compress worse). Those components do not bring their sheet
 * again. A component missing from that list is still styled: it brings its own sheet. The dev server does not run
 * this transform (it serves Mantine pre-bundled), so there the module holds every stylesheet at once.
 */
export const MANTINE_STYLES_MODULE = 'virtual:mantine-styles'

/** In the order of `@mantine/core/styles.css`; closed under the components each of them is built on. */
const START_COMPONENTS = [
  'UnstyledButton',
  'VisuallyHidden',
  'Paper',
  'Loader',
  'ActionIcon',
  'CloseButton',
  'Group',
  'Input',
  'Alert',
  'Text',
  'Anchor',
  'InlineInput',
  'CheckboxCard',
  'CheckboxIndicator',
  'Checkbox',
  'Button',
  'Center',
  'Code',
  'PasswordInput',
  'Stack',
  'Title',
]

const coreSheet = (name: string) => `@mantine/core/styles/${name}.layer.css`

const START_SHEETS = [
  ...['baseline', 'default-css-variables', 'global'].map(coreSheet),
  ...START_COMPONENTS.map(coreSheet),
]

const ALL_SHEETS = [
  '@mantine/core/styles.layer.css',
  '@mantine/notifications/styles.css',
  '@mantine/dates/styles.css',
  '@mantine/charts/styles.css',
  'mantine-datatable/styles.css',
]

/** The stylesheet a Mantine module brings with it, or undefined (no styles, or the start already has them). */
export function stylesheetFor(moduleId: string): string | undefined {
  const id = moduleId.replaceAll('\\', '/').split('?')[0] ?? ''
  const component = /\/node_modules\/@mantine\/core\/esm\/(?:.+\/)?(\w+)\.module\.mjs$/.exec(id)?.[1]
  if (component) return START_COMPONENTS.includes(component) ? undefined : coreSheet(component)
  const wholePackage = /\/node_modules\/@mantine\/(dates|charts|notifications)\/esm\/.*\.module\.mjs$/.exec(
    id,
  )
  if (wholePackage) return `@mantine/${wholePackage[1]}/styles.css`
  if (/\/node_modules\/mantine-datatable\/dist\/index\.mjs$/.test(id)) return 'mantine-datatable/styles.css'
  return undefined
}

const importsOf = (sheets: readonly string[]) => sheets.map((sheet) => `import '${sheet}'`).join('\n')

export function mantineComponentStyles(): Plugin {
  const resolvedId = `\0${MANTINE_STYLES_MODULE}`
  let building = false
  return {
    name: 'mantine-component-styles',
    configResolved(config) {
      building = config.command === 'build'
    },
    resolveId(source) {
      return source === MANTINE_STYLES_MODULE ? resolvedId : undefined
    },
    load(id) {
      if (id !== resolvedId) return undefined
      return importsOf(building ? START_SHEETS : ALL_SHEETS)
    },
    transform(code, id) {
      if (!building) return undefined
      const sheet = stylesheetFor(id)
      return sheet ? { code: `${code}\n${importsOf([sheet])}\n`, map: null } : undefined
    },
  }
}
