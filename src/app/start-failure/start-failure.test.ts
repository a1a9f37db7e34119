import { afterEach, describe, expect, it } from 'vitest'
import { classifyStartFailure, showStartFailure, StartError } from './start-failure'

const secure = { isSecureContext: true, hasServiceWorker: true }

describe('classifyStartFailure', () => {
  it('a module that did not load, whichever browser words it', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: http://localhost:5173/src/app/router.tsx',
      'error loading dynamically imported module: http://localhost:5173/src/app/router.tsx',
      'Importing a module script failed.',
    ]) {
      expect(classifyStartFailure(new TypeError(message), secure)).toBe('module')
      expect(classifyStartFailure(new StartError('simulator', new TypeError(message)), secure)).toBe('module')
    }
  })

  it('the simulator on a page where service workers cannot exist (plain http from another host)', () => {
    const error = new StartError('simulator', new Error('[MSW] Failed to register a Service Worker'))
    expect(classifyStartFailure(error, { isSecureContext: false, hasServiceWorker: false })).toBe(
      'insecureContext',
    )
  })

  it('the simulator when the browser refused its service worker', () => {
    const error = new StartError('simulator', new Error('[MSW] Failed to register the Service Worker'))
    expect(classifyStartFailure(error, secure)).toBe('serviceWorker')
  })

  it('anything else', () => {
    expect(classifyStartFailure(new Error('boom'), secure)).toBe('unknown')
  })
})

describe('showStartFailure', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    localStorage.clear()
  })

  it('replaces the page with what failed, what to do, the details and a Reload button', () => {
    document.body.innerHTML = '<div id="root"></div>'
    showStartFailure(new TypeError('Failed to fetch dynamically imported module: /src/app/router.tsx'))
    const page = document.querySelector('[data-testid="start-failure"]')
    expect(page?.querySelector('h1')?.textContent).toBe('Part of the console could not be loaded')
    expect(page?.querySelector('pre')?.textContent).toContain('/src/app/router.tsx')
    expect(page?.querySelector('button')?.textContent).toBe('Reload the page')
    expect(document.getElementById('root')?.hidden).toBe(true)
  })

  it('speaks the language the user chose', () => {
    localStorage.setItem('scv.language', 'zh-TW')
    showStartFailure(new Error('boom'))
    expect(document.querySelector('h1')?.textContent).toBe('主控台無法啟動')
    expect(document.documentElement.lang).toBe('zh-TW')
  })

  it('shows one page however often it is called', () => {
    showStartFailure(new Error('first'))
    showStartFailure(new Error('second'))
    expect(document.querySelectorAll('[data-testid="start-failure"]')).toHaveLength(1)
  })
})
