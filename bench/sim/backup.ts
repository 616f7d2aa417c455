/** AWS Backup REST-JSON handlers: ListBackupVaults and ListRecoveryPointsByBackupVault. */
import { decodeToken, encodeToken, intParam, type Answer, type Route, type SimRequest } from './route.js'
import type { RecoveryPoint } from './types.js'
import { errorResponse, requestId } from './wire.js'

const VAULTS = /^\/backup-vaults\/?$/
const POINTS = /^\/backup-vaults\/([^/]+)\/recovery-points\/?$/

function fail(status: number, code: string, message: string): Answer {
  return { response: errorResponse('backup', status, code, message) }
}

function json(value: unknown): Answer['response'] {
  return {
    status: 200,
    headers: { 'content-type': 'application/json', 'x-amzn-requestid': requestId() },
    body: JSON.stringify(value)
  }
}

const seconds = (d: Date | null): number | undefined => (d === null ? undefined : d.getTime() / 1000)

function pointJson(p: RecoveryPoint, vaultArn: string): Record<string, unknown> {
  return {
    RecoveryPointArn: p.recoveryPointArn,
    BackupVaultName: p.vaultName,
    BackupVaultArn: vaultArn,
    ResourceArn: p.resourceArn,
    ResourceType: p.resourceType,
    CreationDate: seconds(p.creationDate),
    CompletionDate: seconds(p.creationDate),
    Status: p.status,
    BackupSizeInBytes: p.backupSizeInBytes,
    CalculatedLifecycle: { DeleteAt: seconds(p.deleteAt), MoveToColdStorageAt: seconds(p.moveToColdStorageAt) },
    EncryptionKeyArn: p.encryptionKeyArn ?? undefined,
    IsEncrypted: p.isEncrypted,
    StorageClass: p.storageClass,
    VaultType: 'BACKUP_VAULT'
  }
}

interface Paging {
  limit: number
  cursor: number
  depth: number
}

function paging(query: URLSearchParams): Paging | Answer {
  const limit = intParam(query.get('maxResults'))
  if (limit !== undefined && !(limit >= 1 && limit <= 1000))
    return fail(400, 'InvalidParameterValueException', 'maxResults must be between 1 and 1000')
  const tokenText = query.get('nextToken')
  const token = tokenText === null ? { cursor: 0, depth: 0 } : decodeToken(tokenText)
  if (token === null) return fail(400, 'InvalidParameterValueException', 'Invalid nextToken')
  return { limit: limit ?? 1000, ...token }
}

function listVaults(req: SimRequest): Answer {
  const p = paging(req.query)
  if ('response' in p) return p
  const data = req.account.region(req.region)
  const vaults = [...data.vaults.values()]
  const end = p.cursor + p.limit
  const depth = p.depth + 1
  const list = vaults.slice(p.cursor, end).map(({ vault, points }) => ({
    BackupVaultName: vault.name,
    BackupVaultArn: vault.arn,
    VaultType: 'BACKUP_VAULT',
    CreationDate: seconds(vault.creationDate),
    EncryptionKeyArn: vault.encryptionKeyArn,
    CreatorRequestId: vault.name,
    NumberOfRecoveryPoints: points.size,
    Locked: false
  }))
  return {
    response: json({
      BackupVaultList: list,
      NextToken: end < vaults.length ? encodeToken({ cursor: end, depth }) : undefined
    }),
    depth
  }
}

function listPoints(req: SimRequest, vaultName: string): Answer {
  const p = paging(req.query)
  if ('response' in p) return p
  const vault = req.account.region(req.region).vaults.get(vaultName)
  if (vault === undefined) return fail(400, 'ResourceNotFoundException', `Backup vault ${vaultName} does not exist`)
  const type = req.query.get('resourceType')
  const arn = req.query.get('resourceArn')
  const before = req.query.get('createdBefore')
  const after = req.query.get('createdAfter')
  const match = (rp: RecoveryPoint): boolean =>
    (type === null || rp.resourceType === type) &&
    (arn === null || rp.resourceArn === arn) &&
    (before === null || rp.creationDate < new Date(before)) &&
    (after === null || rp.creationDate > new Date(after))
  const page = vault.points.page(p.cursor, p.limit, match)
  const depth = p.depth + 1
  const points = page.items.map((rp) => pointJson(rp, vault.vault.arn))
  return {
    response: json({
      RecoveryPoints: points,
      NextToken: page.next === null ? undefined : encodeToken({ cursor: page.next, depth })
    }),
    depth
  }
}

/** The operation name of a Backup request (or `METHOD path` when unknown). */
export function backupAction(method: string, path: string): string {
  if (method === 'GET' && VAULTS.test(path)) return 'ListBackupVaults'
  if (method === 'GET' && POINTS.test(path)) return 'ListRecoveryPointsByBackupVault'
  return `${method} ${path}`
}

/** Resolves a Backup request to its route, or null for an unimplemented operation. */
export function backupRoute(req: SimRequest, action: string): Route | null {
  if (action === 'ListBackupVaults')
    return { action, bucket: 'backup-list', listing: action, handle: () => listVaults(req) }
  const vault = POINTS.exec(req.path)?.[1]
  if (action === 'ListRecoveryPointsByBackupVault' && vault !== undefined) {
    const name = decodeURIComponent(vault)
    return { action, bucket: 'backup-list', listing: `${action}/${name}`, handle: () => listPoints(req, name) }
  }
  return null
}
