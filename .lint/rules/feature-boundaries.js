// Features do not import each other (web/README.md): a piece two features need lives in
// web/src/components (UI), web/src/lib (non-UI) or web/src/api (one hook per endpoint).
// The rule resolves every relative import, re-export and dynamic import() of a file under
// web/src/features/<feature>/ and reports those that land in another feature's folder.
import path from 'node:path'

const FEATURE_FILE = /[\\/]web[\\/]src[\\/]features[\\/]([^\\/]+)[\\/]/

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'A feature under web/src/features imports no other feature.' },
    messages: {
      crossFeature:
        "Feature '{{from}}' imports feature '{{to}}' ({{source}}): move the shared piece to web/src/components, web/src/lib or web/src/api.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename
    const own = FEATURE_FILE.exec(file)
    if (!own) return {}
    const from = own[1]
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return
      const target = FEATURE_FILE.exec(path.resolve(path.dirname(file), source) + path.sep)
      if (target && target[1] !== from) {
        context.report({ node, messageId: 'crossFeature', data: { from, to: target[1], source } })
      }
    }
    const fromSource = (node) => node.source && check(node.source, node.source.value)
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    }
  },
}
