// @vitest-environment node
import { describe, it } from 'vitest'
import { RuleTester } from 'eslint'
import { noCrossFeatureImports } from './feature-boundaries.js'

RuleTester.describe = describe
RuleTester.it = it

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2023, sourceType: 'module' } })
const inDashboardPage = '/repo/src/features/dashboard/pages/dashboard-page.tsx'

tester.run('no-cross-feature-imports', noCrossFeatureImports, {
  valid: [
    { code: "import { q } from '../api/queries'", filename: inDashboardPage },
    {
      code: "import { PageHeader } from '../../../components/page-header/page-header'",
      filename: inDashboardPage,
    },
    { code: "import { useQuery } from '@tanstack/react-query'", filename: inDashboardPage },
    { code: "import { jobsRoutes } from '../features/jobs/routes'", filename: '/repo/src/app/routes.tsx' },
  ],
  invalid: [
    {
      code: "import { x } from '../../auth/api/mutations'",
      filename: inDashboardPage,
      errors: [{ messageId: 'crossFeature' }],
    },
    {
      code: "export * from '../../jobs'",
      filename: inDashboardPage,
      errors: [{ messageId: 'crossFeature' }],
    },
    {
      code: "const m = import('../../jobs/pages/jobs-page')",
      filename: inDashboardPage,
      errors: [{ messageId: 'crossFeature' }],
    },
  ],
})
