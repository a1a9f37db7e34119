// @vitest-environment node
import { createInstance } from 'i18next'
import { describe, expect, it } from 'vitest'
import { catalogueBackend, namespacesUnder, type CatalogueFiles } from './catalogues'

/** Fake catalogue files that record which ones were downloaded. */
function files() {
  const downloaded: string[] = []
  const file = (path: string, text: string) =>
    [
      path,
      () => {
        downloaded.push(path)
        return Promise.resolve({ default: { hello: text } })
      },
    ] as const
  const catalogueFiles: CatalogueFiles = Object.fromEntries([
    file('../locales/en.json', 'Hello'),
    file('../locales/zh-TW.json', '你好'),
    file('../features/jobs/locales/en.json', 'Jobs'),
    file('../features/jobs/locales/zh-TW.json', '工作'),
    file('../components/wizard/locales/en.json', 'Wizard'),
    file('../components/wizard/locales/zh-TW.json', '精靈'),
  ])
  return { catalogueFiles, downloaded }
}

async function started(catalogueFiles: CatalogueFiles, lng: string) {
  const i18n = createInstance()
  await i18n.use(catalogueBackend(catalogueFiles)).init({
    lng,
    fallbackLng: false,
    load: 'currentOnly',
    supportedLngs: ['en', 'zh-TW'],
    defaultNS: 'common',
    ns: ['common'],
  })
  return i18n
}

describe('catalogue backend', () => {
  it('downloads only the current language, and a namespace only when asked for', async () => {
    const { catalogueFiles, downloaded } = files()
    const i18n = await started(catalogueFiles, 'zh-TW')
    expect(downloaded).toEqual(['../locales/zh-TW.json'])
    expect(i18n.t('hello')).toBe('你好')

    await i18n.loadNamespaces('jobs')
    expect(downloaded).toEqual(['../locales/zh-TW.json', '../features/jobs/locales/zh-TW.json'])
    expect(i18n.t('jobs:hello')).toBe('工作')
  })

  it('switches language only once every namespace loaded so far is there in the new one', async () => {
    const { catalogueFiles, downloaded } = files()
    const i18n = await started(catalogueFiles, 'en')
    await i18n.loadNamespaces('jobs')
    const seenAtSwitch: string[] = []
    i18n.on('languageChanged', () => seenAtSwitch.push(i18n.t('hello'), i18n.t('jobs:hello')))

    await i18n.changeLanguage('zh-TW')
    expect(seenAtSwitch).toEqual(['你好', '工作'])
    expect(downloaded).not.toContain('../components/wizard/locales/zh-TW.json')
  })

  it('reports a namespace that has no catalogue instead of inventing one', async () => {
    const { catalogueFiles } = files()
    const i18n = await started(catalogueFiles, 'en')
    await i18n.loadNamespaces('nowhere')
    expect(i18n.hasResourceBundle('en', 'nowhere')).toBe(false)
  })

  it('names the namespaces kept in shared folders', () => {
    const { catalogueFiles } = files()
    expect(namespacesUnder(catalogueFiles, ['components', 'lib'])).toEqual(['wizard'])
  })
})
