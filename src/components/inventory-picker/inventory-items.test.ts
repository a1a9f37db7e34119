import { describe, expect, it } from 'vitest'
import type { ResourceGroup } from '../../api'
import { collectInventory, parseMorefEntry, searchInventory } from './inventory-items'

const groups: ResourceGroup[] = [
  {
    id: 1,
    name: 'RG_Finance',
    entities: [
      { moref: 'vm-12', name: 'fin-db01', type: 'VM' },
      { moref: 'datastore-3', name: 'nfs_ds01', type: 'DATASTORE' },
    ],
  },
  {
    id: 2,
    name: 'RG_Nightly',
    // A response that carries the flags the contract does not have yet.
    entities: [Object.assign({ moref: 'vm-12', name: 'fin-db01', type: 'VM' }, { isTemplate: false })],
  },
  {
    id: 3,
    name: 'RG_vVol',
    entities: [
      Object.assign({ moref: 'vm-40', name: 'vvol_vm01', type: 'VM' }, { isVvol: true }),
      Object.assign(
        { moref: 'datastore-9', name: 'vvol_ds01', type: 'DATASTORE' },
        { datastoreType: 'VVOL' },
      ),
    ],
  },
]

describe('collectInventory', () => {
  it('joins resource-group members and the VM reports, one item per moref, sorted by name', () => {
    const items = collectInventory('vm', {
      resourceGroups: groups,
      protectedVms: [{ moref: 'vm-12', name: 'fin-db01' }],
      unprotectedVms: [
        Object.assign({ moref: 'vm-7', name: 'tmpl-win2022' }, { isTemplate: true }),
        { moref: 'vm-8', name: 'app-web01' },
      ],
    })
    expect(items.map((item) => item.moref)).toEqual(['vm-8', 'vm-12', 'vm-7', 'vm-40'])
    expect(items.find((item) => item.moref === 'vm-12')?.resourceGroups).toEqual(['RG_Finance', 'RG_Nightly'])
  })

  it('marks templates, vVol VMs and vVol datastores when the appliance says so', () => {
    const vms = collectInventory('vm', {
      resourceGroups: groups,
      unprotectedVms: [Object.assign({ moref: 'vm-7', name: 'tmpl-win2022' }, { isTemplate: true })],
    })
    expect(vms.find((item) => item.moref === 'vm-7')?.isTemplate).toBe(true)
    expect(vms.find((item) => item.moref === 'vm-40')?.isVvol).toBe(true)
    expect(vms.find((item) => item.moref === 'vm-12')?.isTemplate).toBe(false)
    const datastores = collectInventory('datastore', { resourceGroups: groups })
    expect(datastores).toEqual([
      expect.objectContaining({ moref: 'datastore-3', name: 'nfs_ds01', kind: 'datastore' }),
      expect.objectContaining({ moref: 'datastore-9', isVvol: true, datastoreType: 'VVOL' }),
    ])
  })

  it('keeps datastores out of the VM list and VMs out of the datastore list', () => {
    expect(
      collectInventory('datastore', { resourceGroups: groups }).every((item) => item.kind === 'datastore'),
    ).toBe(true)
    expect(
      collectInventory('vm', { resourceGroups: groups }).some((item) => item.moref.startsWith('datastore')),
    ).toBe(false)
  })
})

describe('searchInventory', () => {
  const items = collectInventory('vm', {
    resourceGroups: groups,
    unprotectedVms: [{ moref: 'vm-8', name: 'app-web01' }],
  })

  it('matches part of the name, case-insensitively', () => {
    expect(searchInventory(items, 'FIN').map((item) => item.name)).toEqual(['fin-db01'])
  })

  it('matches the moref and needs every word to match', () => {
    expect(searchInventory(items, 'vm-40').map((item) => item.name)).toEqual(['vvol_vm01'])
    expect(searchInventory(items, 'app web')).toHaveLength(1)
    expect(searchInventory(items, 'app db')).toHaveLength(0)
  })

  it('returns everything for an empty query', () => {
    expect(searchInventory(items, '  ')).toHaveLength(items.length)
  })
})

describe('parseMorefEntry', () => {
  it('accepts VM and datastore morefs of the right kind', () => {
    expect(parseMorefEntry('vm', ' vm-123 ').item).toEqual({
      moref: 'vm-123',
      name: 'vm-123',
      kind: 'vm',
      entered: true,
    })
    expect(parseMorefEntry('datastore', 'datastore-45').item?.moref).toBe('datastore-45')
  })

  it('accepts a VM UUID (deleted VMs) but not for datastores', () => {
    const uuid = '4217A3B0-1C2D-4E5F-8A9B-0C1D2E3F4A5B'
    expect(parseMorefEntry('vm', uuid).item?.moref).toBe(uuid.toLowerCase())
    expect(parseMorefEntry('datastore', uuid).problem).toBe('format')
  })

  it('refuses the wrong kind, malformed and empty entries', () => {
    expect(parseMorefEntry('vm', 'datastore-45').problem).toBe('format')
    expect(parseMorefEntry('datastore', 'vm-1').problem).toBe('format')
    expect(parseMorefEntry('vm', 'vm-12a').problem).toBe('format')
    expect(parseMorefEntry('vm', 'vm 12').problem).toBe('format')
    expect(parseMorefEntry('vm', '   ').problem).toBe('empty')
  })
})

describe('collectInventory flags from several sources', () => {
  it('marks a VM as a template when any source says so', () => {
    const items = collectInventory('vm', {
      resourceGroups: [
        {
          id: 1,
          name: 'RG1',
          entities: [{ moref: 'vm-1', name: 'web', type: 'VM', isTemplate: false, isVvol: false }],
        },
      ],
      unprotectedVms: [{ moref: 'vm-1', name: 'web', isTemplate: true }],
    })
    expect(items).toHaveLength(1)
    expect(items[0]?.isTemplate).toBe(true)
    expect(items[0]?.isVvol).toBe(false)
  })
})
