// @vitest-environment node
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { load } from 'js-yaml'
import type { HttpHandler } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiHandlers } from './handlers'

const METHODS = ['get', 'put', 'post', 'delete', 'patch']

/** `METHOD /path` for every operation in the contract, with `{param}` normalised to `{}`. */
function contractOperations(): string[] {
  const file = fileURLToPath(new URL('../api/scv-api.yaml', import.meta.url))
  const doc = load(readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, unknown>> }
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => m in item).map((m) => `${m.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`),
  )
}

/** The same notation for the handlers (MSW writes parameters as `:name` behind the `/api` base). */
function handlerOperations(): string[] {
  return (apiHandlers as HttpHandler[]).map((h) => {
    const path = String(h.info.path)
      .replace(/^\/api/, '')
      .replace(/:[A-Za-z0-9_-]+/g, '{}')
    return `${String(h.info.method)} ${path}`
  })
}

describe('contract coverage', () => {
  it('has a handler for every operation in the contract, and none beyond it', () => {
    const contract = contractOperations()
    expect(contract.length).toBeGreaterThan(50)
    expect(new Set(handlerOperations())).toEqual(new Set(contract))
    expect(handlerOperations()).toHaveLength(contract.length)
  })
})
