import { useEffect, useRef, useState } from 'react'
import { Alert, Button, Loader, Stack, Text } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { toApiError } from '../../../api'
import { ApiErrorAlert } from '../../../components/error/api-error-alert'
import { useInventory } from '../../../components/inventory-picker'
import {
  clearWizardValues,
  loadWizardValues,
  saveWizardValues,
  useWizard,
  WizardShell,
} from '../../../components/wizard'
import { resourceGroupQueries, useRestoreVm, vmBackupQueries } from '../../../api/resources'
import {
  emptyRestoreVmValues,
  RESTORE_VM_STEPS,
  RESTORE_VM_STORAGE_KEY,
  restoreVmSchema,
  toRestoreVmRequest,
  type RestoreVmValues,
} from './form'
import { groupsContaining } from './group-body'
import { preselectionFromParams } from './preselect'
import { saveRestoreResult } from './result'
import { VmStep } from './steps/vm-step'
import { BackupStep } from './steps/backup-step'
import { LocationStep } from './steps/location-step'
import { HostStep } from './steps/host-step'
import { ReviewStep } from './steps/review-step'

const resolve = schemaResolver(restoreVmSchema, { sync: true })

/**
 * Restore an existing VM (W6) in five steps: VM, backup, snapshot location, ESXi host and options, review.
 * Each W6 read is fetched when its step needs it and prefetched one step ahead with the same query options;
 * values live in sessionStorage and the step in the URL, so a reload or a re-login keeps them.
 */
export function RestoreVmWizard({ onDone }: { onDone: (jobId: number | null) => void }) {
  const { t } = useTranslation('restore')
  const queryClient = useQueryClient()
  const [params, setParams] = useSearchParams()
  // A link from the backups browser is a new intent: it wins over values left from an earlier visit.
  const [preselection] = useState(() => preselectionFromParams(params))
  const form = useForm<RestoreVmValues>({
    initialValues: preselection
      ? { ...emptyRestoreVmValues(), vm: preselection.vm }
      : loadWizardValues(RESTORE_VM_STORAGE_KEY, emptyRestoreVmValues()),
    onValuesChange: (values) => saveWizardValues(RESTORE_VM_STORAGE_KEY, values),
    validate: resolve,
  })
  const wizard = useWizard({ form, steps: RESTORE_VM_STEPS, storageKey: RESTORE_VM_STORAGE_KEY })
  const restore = useRestoreVm()
  const submitting = useRef(false)
  const [submitError, setSubmitError] = useState<unknown>(null)

  useEffect(() => {
    if (!preselection) return
    saveWizardValues(RESTORE_VM_STORAGE_KEY, form.getValues())
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const key of ['moref', 'name', 'backupId']) next.delete(key)
        next.set('step', 'backup')
        return next
      },
      { replace: true },
    )
    // Once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // The URL carries moref and name only; the inventory knows whether the VM is a template or a vVol VM.
  const inventory = useInventory('vm')
  const storedVm = form.values.vm
  const known = storedVm ? inventory.items.find((item) => item.moref === storedVm.moref) : undefined
  const vm =
    storedVm && known
      ? {
          ...known,
          ...storedVm,
          isTemplate: storedVm.isTemplate ?? known.isTemplate,
          isVvol: storedVm.isVvol ?? known.isVvol,
        }
      : storedVm
  const isTemplate = vm?.isTemplate === true
  const inventoryReady = !inventory.isLoading
  const vmMoref = vm?.moref
  const stepId = wizard.activeStep?.id
  const backupId = form.values.backup?.backupId ?? null

  // Prefetch one step ahead, with the very options the next step's useQuery uses (so nothing is asked twice).
  useEffect(() => {
    // Wait for the inventory: it says whether the VM is a template, which must be refused before any request.
    if (!vmMoref || isTemplate || !inventoryReady) return
    if (stepId === 'vm') void queryClient.prefetchQuery(vmBackupQueries.list(vmMoref))
    if (stepId === 'backup' && backupId !== null)
      void queryClient.prefetchQuery(vmBackupQueries.snapshotLocations(backupId))
    if (stepId === 'location') void queryClient.prefetchQuery(vmBackupQueries.availableEsxHosts(vmMoref))
  }, [queryClient, stepId, vmMoref, isTemplate, backupId, inventoryReady])

  const groups = useQuery({
    ...resourceGroupQueries.list({ freshness: 'stable' }),
    enabled: stepId === 'review',
  })
  const memberOf = vm ? groupsContaining(groups.data?.response.resourceGroupResponseList ?? [], vm.moref) : []

  const checkStep = (index: number): boolean => {
    const fields: readonly string[] = RESTORE_VM_STEPS[index]?.fields ?? []
    const all = resolve({ ...form.getValues(), vm })
    const errors = Object.fromEntries(Object.entries(all).filter(([path]) => fields.includes(path)))
    for (const field of fields) form.clearFieldError(field)
    for (const [path, message] of Object.entries(errors)) form.setFieldError(path, message)
    return Object.keys(errors).length === 0
  }

  const next = () => {
    if (checkStep(wizard.active)) wizard.next()
  }

  const submit = async () => {
    // A double click, or Enter held down, restores once.
    if (submitting.current || restore.isPending) return
    for (let index = 0; index < RESTORE_VM_STEPS.length; index += 1) {
      if (!checkStep(index)) {
        wizard.goTo(index)
        return
      }
    }
    const values = form.getValues()
    if (!vm || !values.backup) return
    submitting.current = true
    setSubmitError(null)
    try {
      const reply = await restore.mutateAsync({
        params: { path: { moref: vm.moref, backupId: values.backup.backupId } },
        body: toRestoreVmRequest(values),
      })
      const jobId = reply?.response?.jobId ?? null
      const message = reply?.responseMessage
      saveRestoreResult({
        jobId,
        message: typeof message === 'string' ? message : Array.isArray(message) ? message.join(' ') : null,
        vm,
        groups: memberOf.map((group) => ({ id: group.id, name: group.name })),
      })
      clearWizardValues(RESTORE_VM_STORAGE_KEY)
      // submitting stays true: a click that lands before the result page replaces the wizard must not restore
      // again.
      onDone(jobId)
    } catch (error) {
      submitting.current = false
      // Everything typed stays; the error shows on the review step, which names the call that failed.
      setSubmitError(error)
      if (toApiError(error).kind === 'unauthorized') saveWizardValues(RESTORE_VM_STORAGE_KEY, values)
    }
  }

  // A URL may name a later step than the stored values allow (an old link, cleared storage).
  const firstIncomplete = (() => {
    const errors = resolve({ ...form.values, vm })
    if (!inventoryReady) return -1
    for (let index = 0; index < wizard.active; index += 1) {
      const fields: readonly string[] = RESTORE_VM_STEPS[index]?.fields ?? []
      if (fields.some((field) => errors[field] !== undefined)) return index
    }
    return -1
  })()

  const ready = inventoryReady && firstIncomplete === -1

  const nextDisabled =
    !inventoryReady || (stepId === 'vm' && isTemplate) || (stepId === 'review' && groups.isPending)
  return (
    <WizardShell
      steps={RESTORE_VM_STEPS.map((step) => ({ id: step.id, label: t(`steps.${step.id}`) }))}
      active={wizard.active}
      onSelect={(index) => {
        if (index > wizard.active && !checkStep(wizard.active)) return
        wizard.select(index)
      }}
      onBack={wizard.back}
      onNext={next}
      submitLabel={t('submit')}
      onSubmit={() => void submit()}
      submitting={restore.isPending}
      nextDisabled={nextDisabled}
      headingRef={wizard.headingRef}
    >
      <Stack>
        {stepId === 'vm' && <VmStep form={form} vm={vm} />}
        {ready && stepId === 'backup' && vm && (
          <BackupStep
            form={form}
            moref={vm.moref}
            vmName={vm.name}
            preselectedBackupId={preselection?.backupId ?? null}
          />
        )}
        {ready && stepId === 'location' && backupId !== null && (
          <LocationStep form={form} backupId={backupId} />
        )}
        {ready && stepId === 'host' && vm && <HostStep form={form} moref={vm.moref} />}
        {ready && stepId === 'review' && (
          <>
            {submitError !== null && <ApiErrorAlert error={submitError} context={t('submitFailed')} />}
            <ReviewStep values={{ ...form.values, vm }} groupNames={memberOf.map((group) => group.name)} />
          </>
        )}
        {!inventoryReady && stepId !== 'vm' && <Loader size="sm" aria-label={t('checkingVm')} />}
        {firstIncomplete !== -1 && (
          <Alert color="yellow" variant="light" role="status">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('incomplete')}</Text>
              <Button size="xs" variant="default" onClick={() => wizard.goTo(firstIncomplete)}>
                {t('goToStep', { step: t(`steps.${RESTORE_VM_STEPS[firstIncomplete]?.id ?? 'vm'}`) })}
              </Button>
            </Stack>
          </Alert>
        )}
      </Stack>
    </WizardShell>
  )
}
