import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import { QueryClient } from '@tanstack/react-query'
import { Providers } from '../../app/providers'
import { ApiError } from '../../api'
import { i18n } from '../../app/i18n'
import { WriteErrorAlert } from './write-error-alert'

function renderAlert(error: ApiError | null) {
  return render(
    <Providers queryClient={new QueryClient()} devtools={false}>
      <WriteErrorAlert error={error} context="The thing was not saved." />
    </Providers>,
  )
}

describe('WriteErrorAlert', () => {
  it('shows nothing without an error', () => {
    renderAlert(null)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('states what was being done', () => {
    renderAlert(new ApiError({ kind: 'validation', status: 400, method: 'POST', path: '/thing' }))
    expect(screen.getByRole('alert')).toHaveTextContent('The thing was not saved.')
  })

  it('says the appliance does not offer the operation when that was why', () => {
    renderAlert(new ApiError({ kind: 'not-supported', status: 404, method: 'POST', path: '/thing' }))
    expect(screen.getByRole('alert')).toHaveTextContent(i18n.t('notify:notSupported.body'))
    expect(screen.getByRole('alert')).not.toHaveTextContent('The thing was not saved.')
  })
})
