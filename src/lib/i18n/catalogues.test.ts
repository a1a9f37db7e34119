// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { keyPaths } from './catalogues'
import { SUPPORTED_LANGUAGES } from './languages'

const root = join(import.meta.dirname, '..', '..')
/** Every `locales` folder under src (Node 20 has no fs.globSync). */
function findCatalogueDirs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory() || entry.name === 'node_modules') return []
    const path = join(dir, entry.name)
    return entry.name === 'locales' ? [relative(root, path)] : findCatalogueDirs(path)
  })
}
const catalogueDirs = findCatalogueDirs(root)

function read(dir: string, language: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(root, dir, `${language}.json`), 'utf8')) as Record<string, unknown>
}

describe('translation catalogues', () => {
  it('finds the common and feature catalogues', () => {
    expect(catalogueDirs).toContain('locales')
    expect(catalogueDirs.length).toBeGreaterThan(1)
  })

  it.each(catalogueDirs)('%s has the same keys in every language', (dir) => {
    const [base, ...others] = SUPPORTED_LANGUAGES
    const expected = keyPaths(read(dir, base)).sort()
    for (const language of others) {
      const actual = keyPaths(read(dir, language)).sort()
      expect({ language, missing: expected.filter((key) => !actual.includes(key)) }).toEqual({
        language,
        missing: [],
      })
      expect({ language, extra: actual.filter((key) => !expected.includes(key)) }).toEqual({
        language,
        extra: [],
      })
    }
  })

  it.each(catalogueDirs)('%s has no empty strings', (dir) => {
    for (const language of SUPPORTED_LANGUAGES) {
      const catalogue = read(dir, language)
      const empty = keyPaths(catalogue).filter((path) => {
        const value = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue)
        return typeof value !== 'string' || value.trim() === ''
      })
      expect({ language, empty }).toEqual({ language, empty: [] })
    }
  })
})
