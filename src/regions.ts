import { DescribeRegionsCommand, type EC2Client } from '@aws-sdk/client-ec2'
import { errorMessage } from './errors.js'

/** The regions enabled for the account (opt-in regions only when opted in), sorted. */
export async function enabledRegions(ec2: EC2Client): Promise<string[]> {
  try {
    const out = await ec2.send(
      new DescribeRegionsCommand({ Filters: [{ Name: 'opt-in-status', Values: ['opt-in-not-required', 'opted-in'] }] })
    )
    const names = (out.Regions ?? []).map((r) => r.RegionName).filter((n): n is string => typeof n === 'string')
    return [...new Set(names)].sort()
  } catch (err) {
    throw new Error(
      `Could not list the account's regions (ec2:DescribeRegions): ${errorMessage(err)}. Grant ec2:DescribeRegions or set the regions input`,
      { cause: err }
    )
  }
}
