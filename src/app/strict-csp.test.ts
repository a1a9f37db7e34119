// @vitest-environment node
import { describe, expect, it } from 'vitest'
import './strict-csp'

describe('strict CSP', () => {
  it('turns zod to jitless parsing, so it never compiles parsers with new Function', async () => {
    const { config } = await import('zod/v4/core')
    expect(config().jitless).toBe(true)
    const { z } = await import('zod')
    const calls: string[] = []
    const RealFunction = globalThis.Function
    globalThis.Function = new Proxy(RealFunction, {
      construct(target, args: string[]) {
        calls.push(args.join(','))
        return new target(...args) as object
      },
    })
    try {
      expect(z.object({ name: z.string(), size: z.number() }).parse({ name: 'a', size: 1 })).toEqual({
        name: 'a',
        size: 1,
      })
    } finally {
      globalThis.Function = RealFunction
    }
    expect(calls).toEqual([])
  })
})
