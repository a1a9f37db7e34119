import type { TFunction } from 'i18next'

/** The page's words. */
export interface ListPageTexts {
  title: string
  description: string
  searchLabel: string
  searchPlaceholder: string
  /** What failed, in a sentence, e.g. "Could not load the policies." */
  loadError: string
  empty: string
}

/** The words of a list page whose feature catalogue uses the usual keys (`page.title`, `list.search`, …). */
export function listPageTexts(t: TFunction): ListPageTexts {
  return {
    title: t('page.title'),
    description: t('page.description'),
    searchLabel: t('list.search'),
    searchPlaceholder: t('list.searchPlaceholder'),
    loadError: t('page.loadError'),
    empty: t('page.empty'),
  }
}
