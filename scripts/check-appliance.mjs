#!/usr/bin/env node
// @ts-check
/**
 * Compares our SCV contract with the API description an appliance serves (or one saved to a file):
 *
 *   npm run check:appliance -- https://scv.example:8144            (tries /api/v3/api-docs, then /api/v2/api-docs)
 *   npm run check:appliance -- https://scv.example:8144/api/v2/api-docs --insecure
 *   npm run check:appliance -- ./api-docs.json [--json] [--contract src/api/scv-api.yaml]
 *
 * Options: --insecure accepts a self-signed appliance certificate; --token <t> sends `Token: <t>`; --json prints
 * the findings as JSON. Exit code 0: no differences, 1: differences, 2: could not read or parse a document.
 */
import { readFile } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import { fileURLToPath } from 'node:url'
import { parseYaml } from '@redocly/openapi-core'
import { diffContracts, formatReport } from './contract-diff.mjs'

const usage = `Usage: npm run check:appliance -- <appliance-url | file> [--insecure] [--token <token>] [--json] [--contract <file>]`

/**
 * @param {string[]} argv
 */
function parseArgs(argv) {
  /** @type {{ source?: string, insecure: boolean, token?: string, json: boolean, contract: string }} */
  const args = {
    insecure: false,
    json: false,
    contract: fileURLToPath(new URL('../src/api/scv-api.yaml', import.meta.url)),
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--insecure') args.insecure = true
    else if (arg === '--json') args.json = true
    else if (arg === '--token') args.token = argv[++i]
    else if (arg === '--contract') args.contract = argv[++i] ?? args.contract
    else if (arg === '--help' || arg === '-h') throw new Error(usage)
    else if (arg?.startsWith('--')) throw new Error(`Unknown option ${arg}\n${usage}`)
    else args.source = arg
  }
  if (!args.source) throw new Error(usage)
  return args
}

/**
 * GET a URL with node's http(s) so that a self-signed certificate can be accepted when asked to.
 * @param {URL} url
 * @param {{ insecure: boolean, token?: string }} options
 * @returns {Promise<string>}
 */
function get(url, options) {
  const client = url.protocol === 'https:' ? https : http
  /** @type {Record<string, string>} */
  const headers = { Accept: 'application/json, application/yaml;q=0.9, */*;q=0.5' }
  if (options.token) headers.Token = options.token
  return new Promise((resolve, reject) => {
    const request = client.get(
      url,
      { headers, rejectUnauthorized: !options.insecure, timeout: 30_000 },
      (res) => {
        const chunks = /** @type {Buffer[]} */ ([])
        res.on('data', (chunk) => chunks.push(chunk))
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8')
          if (res.statusCode && res.statusCode >= 200 && res.statusCode < 300) resolve(body)
          else reject(new Error(`${url.href}: HTTP ${res.statusCode}`))
        })
      },
    )
    request.on('timeout', () => request.destroy(new Error(`${url.href}: timed out`)))
    request.on('error', (error) => {
      const hint = /certificate|self[- ]signed/i.test(error.message)
        ? ' (add --insecure for a self-signed certificate)'
        : ''
      reject(new Error(`${url.href}: ${error.message}${hint}`))
    })
  })
}

/**
 * An appliance URL without an api-docs path is tried at the usual springdoc and Springfox locations.
 * @param {URL} url
 */
function candidates(url) {
  if (/api-docs|\.(json|ya?ml)$/.test(url.pathname)) return [url]
  return ['/api/v3/api-docs', '/api/v2/api-docs'].map((path) => new URL(path, url.origin))
}

/**
 * @param {string} source
 * @param {{ insecure: boolean, token?: string }} options
 * @returns {Promise<{ name: string, document: unknown }>}
 */
async function load(source, options) {
  if (/^https?:\/\//.test(source)) {
    const errors = []
    for (const url of candidates(new URL(source))) {
      try {
        return { name: url.href, document: parseYaml(await get(url, options)) }
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error))
      }
    }
    throw new Error(`Could not read an API description:\n  ${errors.join('\n  ')}`)
  }
  return { name: source, document: parseYaml(await readFile(source, 'utf8')) }
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  const contract = await load(args.contract, args)
  const appliance = await load(/** @type {string} */ (args.source), args)
  const result = diffContracts(contract.document, appliance.document)
  if (args.json) console.log(JSON.stringify(result.findings, null, 2))
  else console.log(formatReport(result, { contractName: contract.name, applianceName: appliance.name }))
  return result.findings.length === 0 ? 0 : 1
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exitCode = 2
  },
)
