import { describe, expect, it } from 'vitest'
import { DescribeRegionsCommand, DescribeVolumesCommand } from '@aws-sdk/client-ec2'
import { DescribeDBInstancesCommand } from '@aws-sdk/client-rds'
import { getConfig, InputError, type InputSource } from '../../src/inputs.js'
import { resolveSelections, selectionProblems } from '../../src/selected-sources.js'
import { parseTagSelector } from '../../src/tag-selector.js'
import { kindSourceIds, retentionPolicy } from '../../src/modes/prune.js'
import { selectionSection } from '../../src/summary/selection.js'
import { runnerInputs } from '../helpers/action-defaults.js'
import { mockTarget } from '../helpers/mock-target.js'

function source(inputs: Record<string, string>): InputSource {
  return runnerInputs(inputs, { GITHUB_WORKSPACE: '/w', RUNNER_TEMP: '/t', AWS_REGION: 'us-east-1' })
}

function failure(inputs: Record<string, string>): string {
  try {
    getConfig(source(inputs))
  } catch (err) {
    expect(err).toBeInstanceOf(InputError)
    return (err as Error).message
  }
  throw new Error('expected an InputError')
}

const BASE = {
  regions: ['us-east-1', 'eu-west-1'] as string[] | 'all',
  awsRegion: 'us-east-1',
  volumes: [],
  dbInstances: [],
  dbClusters: [],
  volumeSelectors: [],
  dbInstanceSelectors: [],
  dbClusterSelectors: [],
  maxParallelAccounts: 4
}

describe('selectors in the volume, db-instance and db-cluster inputs', () => {
  it('separates selectors from ids, each given once, and lets a selector alone satisfy backup', () => {
    const c = getConfig(
      source({
        mode: 'backup',
        bucket: 'b-bucket',
        volume: 'tag:backup=daily, vol-12345678\ntag:backup=daily\ntag:team',
        'db-cluster': 'tag:tier=gold'
      })
    )
    expect(c.volumes).toEqual([{ region: 'us-east-1', volumeId: 'vol-12345678' }])
    expect(c.volumeSelectors).toEqual([
      { key: 'backup', value: 'daily', text: 'tag:backup=daily' },
      { key: 'team', value: null, text: 'tag:team' }
    ])
    expect(c.dbClusterSelectors).toEqual([{ key: 'tier', value: 'gold', text: 'tag:tier=gold' }])
    expect(c.dbInstanceSelectors).toEqual([])
    expect(
      getConfig(source({ mode: 'backup', bucket: 'b-bucket', 'db-instance': 'tag:a' })).dbInstanceSelectors
    ).toHaveLength(1)
  })

  it.each([
    [
      'volume',
      'tag:',
      "Input 'volume' has the selector 'tag:', whose tag key is empty (write tag:KEY=VALUE, or tag:KEY for any value)"
    ],
    [
      'db-instance',
      'tag:a*=b',
      "Input 'db-instance' has the selector 'tag:a*=b', whose tag key has a character tags cannot hold here (letters, numbers, spaces and + - = . _ : / @ only) (write tag:KEY=VALUE, or tag:KEY for any value)"
    ],
    [
      'db-cluster',
      'tag:k="v"',
      `Input 'db-cluster' has the selector 'tag:k=\\"v\\"', whose tag value has a character tags cannot hold here (letters, numbers, spaces and + - = . _ : / @ only) (write tag:KEY=VALUE, or tag:KEY for any value)`
    ]
  ])('a bad selector in %s is one InputError naming the input', (input, value, message) => {
    expect(failure({ mode: 'backup', bucket: 'b-bucket', [input]: value })).toBe(message)
  })
})

describe('resolveSelections', () => {
  it('adds what selectors match in every region once, after the ids, and reports matches per region', async () => {
    const m = mockTarget('111111111111', ['us-east-1', 'eu-west-1'])
    const daily = { Key: 'backup', Value: 'daily' }
    m.ec2['us-east-1']?.on(DescribeVolumesCommand).resolves({
      Volumes: [
        { VolumeId: 'vol-0000000000000000b', Tags: [daily] },
        { VolumeId: 'vol-0000000000000000a', Tags: [daily] }
      ]
    })
    m.ec2['eu-west-1']?.on(DescribeVolumesCommand).resolves({ Volumes: [] })
    const { config, report } = await resolveSelections(
      {
        ...BASE,
        volumes: [{ region: 'us-east-1', volumeId: 'vol-0000000000000000b' }],
        volumeSelectors: [parseTagSelector('tag:backup=daily')]
      },
      [m.target]
    )
    expect(config.volumes).toEqual([
      { region: 'us-east-1', volumeId: 'vol-0000000000000000b' },
      { region: 'us-east-1', volumeId: 'vol-0000000000000000a' }
    ])
    expect(report.matches.map((x) => [x.region, x.count, x.ids])).toEqual([
      ['eu-west-1', 0, []],
      ['us-east-1', 2, ['vol-0000000000000000a', 'vol-0000000000000000b']]
    ])
    expect(report.unmatched).toEqual([])
    expect(m.ec2['us-east-1']?.commandCalls(DescribeVolumesCommand)[0]?.args[0].input.Filters).toEqual([
      { Name: 'tag:backup', Values: ['daily'] }
    ])
  })

  it("uses the account's enabled regions for regions: all, and reports a region that cannot be searched", async () => {
    const m = mockTarget('111111111111', ['us-east-1', 'eu-west-1'])
    m.ec2['us-east-1']
      ?.on(DescribeRegionsCommand)
      .resolves({ Regions: [{ RegionName: 'eu-west-1' }, { RegionName: 'us-east-1' }] })
    m.ec2['us-east-1']?.on(DescribeVolumesCommand).resolves({ Volumes: [] })
    m.ec2['eu-west-1']?.on(DescribeVolumesCommand).resolves({ Volumes: [] })
    m.rds['us-east-1']?.on(DescribeDBInstancesCommand).resolves({
      DBInstances: [{ DBInstanceIdentifier: 'orders', TagList: [{ Key: 'tier', Value: 'gold' }] }]
    })
    m.rds['eu-west-1']?.on(DescribeDBInstancesCommand).rejects(new Error('AccessDenied'))
    const { config, report } = await resolveSelections(
      {
        ...BASE,
        regions: 'all',
        dbInstanceSelectors: [parseTagSelector('tag:tier=gold')],
        volumeSelectors: [parseTagSelector('tag:x')]
      },
      [m.target]
    )
    expect(config.dbInstances).toEqual([{ region: 'us-east-1', id: 'orders' }])
    expect(report.unmatched).toEqual([{ input: 'volume', selector: 'tag:x' }])
    expect(selectionProblems(report)).toEqual([
      "Input 'volume': the selector tag:x matched nothing in any region searched; check the tag, or the regions input",
      'Could not resolve db-instance selectors in eu-west-1: AccessDenied (account 111111111111)'
    ])
    expect(report.matches.filter((x) => x.input === 'volume').map((x) => x.region)).toEqual(['eu-west-1', 'us-east-1'])
    expect(selectionSection(report)).toBe(
      [
        '### Tag selectors',
        '',
        '| input       | selector        | region    | matched |',
        '| :---------- | :-------------- | :-------- | ------: |',
        '| db-instance | `tag:tier=gold` | us-east-1 |       1 |',
        '| volume      | `tag:x`         | eu-west-1 |       0 |',
        '| volume      | `tag:x`         | us-east-1 |       0 |',
        '',
        ':warning: volume selector `tag:x` matched nothing in any region searched.',
        '',
        ':warning: db-instance selectors could not be resolved in eu-west-1 (account 111111111111).'
      ].join('\n')
    )
  })

  it('skips an account whose role could not be assumed', async () => {
    const m = mockTarget('111111111111', ['us-east-1'])
    const { report } = await resolveSelections(
      { ...BASE, regions: ['us-east-1'], volumeSelectors: [parseTagSelector('tag:x')] },
      [{ ...m.target, failure: 'could not assume' }]
    )
    expect(report.matches).toEqual([])
    expect(m.ec2['us-east-1']?.calls()).toHaveLength(0)
  })
})

describe('prune scope with selectors', () => {
  it('a selector that matched nothing limits prune to nothing, never to everything', () => {
    const none = { volumes: [], dbInstances: [], dbClusters: [] }
    expect(kindSourceIds(none, 'ebs')).toBeUndefined()
    expect(kindSourceIds({ ...none, volumeSelectors: [parseTagSelector('tag:backup=daily')] }, 'ebs')).toEqual([])
    expect(kindSourceIds({ ...none, volumeSelectors: [parseTagSelector('tag:backup=daily')] }, 'db-instance')).toEqual(
      []
    )
    const policy = retentionPolicy({
      retentionDays: 7,
      keepLast: 0,
      keepDaily: 0,
      keepWeekly: 0,
      keepMonthly: 0,
      pruneTags: {},
      volumes: [],
      volumeSelectors: [parseTagSelector('tag:backup=daily')]
    } as Parameters<typeof retentionPolicy>[0])
    expect(policy.volumes).toEqual([])
  })
})
