import path from 'node:path'

/**
 * A feature never imports another feature: `src/features/<a>/…` may not import `src/features/<b>/…`.
 * Relative paths are resolved against the importing file, so `../../auth/x` from inside `dashboard` is caught
 * however deep the file sits. The app (`src/app`) may import features; that is how routes are assembled.
 */
const featureOf = (file) => {
  const match = /[\\/]src[\\/]features[\\/]([^\\/]+)[\\/]/.exec(file)
  return match ? match[1] : null
}

export const noCrossFeatureImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid imports from one feature folder into another' },
    schema: [],
    messages: {
      crossFeature:
        "Feature '{{from}}' may not import from feature '{{to}}'; move the shared piece to src/components or src/lib.",
    },
  },
  create(context) {
    const filename = context.filename
    const from = featureOf(filename)
    if (!from) return {}
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return
      const resolved = path.resolve(path.dirname(filename), source) + path.sep
      const to = featureOf(resolved)
      if (to && to !== from) context.report({ node, messageId: 'crossFeature', data: { from, to } })
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    }
  },
}

export default { rules: { 'no-cross-feature-imports': noCrossFeatureImports } }
