import { useCallback, useRef, useState, type RefObject } from 'react'
import type { UseFormReturnType } from '@mantine/form'
import { useQueryClient } from '@tanstack/react-query'
import { isPassedThrough, type DefaultsTaken, type WizardStepDef } from './step-defaults'

/** What the frame is doing besides waiting for the user. */
export type Resolution = 'idle' | 'next' | 'arrival'

export interface WalkOptions {
  /** Take every default up to `until`, not only the only-choice ones. */
  fast: boolean
  until: number
  mode: Exclude<Resolution, 'idle'>
}

interface DefaultsWalkOptions<Values> {
  form: UseFormReturnType<Values>
  steps: ReadonlyArray<WizardStepDef<Values>>
  stepValid: (index: number) => boolean
  checkStep: (index: number) => boolean
  goTo: (index: number, replace?: boolean) => void
  defaultsRef: RefObject<DefaultsTaken<Values>>
  rememberDefaults: (next: DefaultsTaken<Values>) => void
  /** A link's intent is about to be filled in. */
  arriving: boolean
}

/**
 * The way forward through the steps' defaults: each step that does not validate proposes its defaults, a step
 * whose only choice was taken is passed through, and the walk stops on the first real decision (or, fast, on the
 * step asked for). A Back, or a newer walk, stops an older one.
 */
export function useDefaultsWalk<Values>({
  form,
  steps,
  stepValid,
  checkStep,
  goTo,
  defaultsRef,
  rememberDefaults,
  arriving,
}: DefaultsWalkOptions<Values>) {
  const queryClient = useQueryClient()
  const [resolution, setResolution] = useState<Resolution>(arriving ? 'arrival' : 'idle')
  // Counts walks: a Back or a new Next while one is resolving makes the older one stop.
  const walk = useRef(0)

  /**
   * Walks forward from step `index`: a step that does not validate asks for its defaults; a step whose only
   * choice was taken is passed; the walk stops on the first real decision (or, for `fast`, on step `until`).
   * Synchronous until a step has to ask for its defaults, so a quick second Next is not lost.
   */
  const walkFrom = useCallback(
    (index: number, id: number, walkOptions: WalkOptions): number | Promise<number> => {
      for (; index < steps.length; index += 1) {
        const step = steps[index]
        if (!step) break
        const last = index >= walkOptions.until
        if (stepValid(index)) {
          const passed = isPassedThrough(defaultsRef.current[step.id], form.getValues())
          if (!last && (walkOptions.fast || passed)) continue
          return index
        }
        if (!step.proposeDefaults) return index
        setResolution(walkOptions.mode)
        const at = index
        return step
          .proposeDefaults(form.getValues(), { queryClient })
          .catch(() => null)
          .then((proposal): number | Promise<number> => {
            if (id !== walk.current) return -1
            if (!proposal) return at
            form.setValues(proposal.values)
            rememberDefaults({ ...defaultsRef.current, [step.id]: proposal })
            if (last || !stepValid(at) || !(walkOptions.fast || proposal.onlyChoice)) return at
            return walkFrom(at + 1, id, walkOptions)
          })
      }
      return Math.min(steps.length - 1, walkOptions.until)
    },
    [defaultsRef, form, queryClient, rememberDefaults, stepValid, steps],
  )

  const walkAndGo = useCallback(
    (from: number, walkOptions: WalkOptions, replace = false): void | Promise<void> => {
      const id = ++walk.current
      const finish = (stop: number) => {
        if (id !== walk.current || stop < 0) return
        setResolution('idle')
        // Arriving on a step the values do not allow shows why.
        if (!stepValid(stop)) checkStep(stop)
        goTo(stop, replace)
      }
      const stop = walkFrom(from, id, walkOptions)
      return typeof stop === 'number' ? finish(stop) : stop.then(finish)
    },
    [checkStep, goTo, stepValid, walkFrom],
  )

  const stopWalking = useCallback(() => {
    walk.current += 1
    setResolution('idle')
  }, [])

  return { resolution, walkAndGo, stopWalking }
}
