import * as fs from 'node:fs'
import * as path from 'node:path'
import {
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand
} from '@aws-sdk/client-iam'
import { awsClients } from './aws.js'
import { ROOT } from './action.js'

/** An IAM policy document. */
export interface PolicyDocument {
  Version: string
  Statement: { Sid?: string; Effect: 'Allow' | 'Deny'; Action: string | string[]; Resource: string | string[] }[]
}

/** Reads a policy the README documents, from policies/<name>.json. */
export function readPolicy(name: string): PolicyDocument {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'policies', `${name}.json`), 'utf8')) as PolicyDocument
}

/** Every action a policy allows. */
export function allowedActions(policy: PolicyDocument): string[] {
  return policy.Statement.filter((s) => s.Effect === 'Allow').flatMap((s) =>
    Array.isArray(s.Action) ? s.Action : [s.Action]
  )
}

/** Creates an IAM user with inline policies in an account of the emulator and returns its access key. */
export async function userWithPolicies(
  endpoint: string,
  name: string,
  policies: PolicyDocument[],
  accountId?: string
): Promise<{ accessKeyId: string; secretAccessKey: string }> {
  const { iam } = awsClients(endpoint, 'us-east-1', accountId ? { accountId } : {})
  await iam.send(new CreateUserCommand({ UserName: name }))
  for (const [i, p] of policies.entries()) {
    await iam.send(new PutUserPolicyCommand({ UserName: name, PolicyName: `p${i}`, PolicyDocument: JSON.stringify(p) }))
  }
  const key = (await iam.send(new CreateAccessKeyCommand({ UserName: name }))).AccessKey
  return { accessKeyId: key?.AccessKeyId ?? '', secretAccessKey: key?.SecretAccessKey ?? '' }
}

/** Creates a role with inline policies in an account of the emulator. */
export async function roleWithPolicies(
  endpoint: string,
  accountId: string,
  name: string,
  policies: PolicyDocument[]
): Promise<void> {
  const { iam } = awsClients(endpoint, 'us-east-1', { accountId })
  const trust = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }]
  }
  await iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: JSON.stringify(trust) }))
  for (const [i, p] of policies.entries()) {
    await iam.send(new PutRolePolicyCommand({ RoleName: name, PolicyName: `p${i}`, PolicyDocument: JSON.stringify(p) }))
  }
}

/** The policy without one of its actions. */
export function withoutAction(policy: PolicyDocument, action: string): PolicyDocument {
  return {
    ...policy,
    Statement: policy.Statement.map((st) => ({
      ...st,
      Action: allowedActions({ ...policy, Statement: [st] }).filter((a) => a !== action)
    }))
  }
}
