"""Seeds the moto server for .github/workflows/e2e.yml: two EBS volumes with three snapshots and a metadata bucket.

Runs with the boto3 that scripts/setup-moto.sh installs beside moto (.venv/bin/python). Writes the ids it made as
step outputs (volume-a, volume-b, bucket) to $GITHUB_OUTPUT.
"""

import os

import boto3


def main() -> None:
    bucket = "e2e-snapshot-metadata"
    outputs = {"bucket": bucket}
    # 8 GiB in us-east-1 with two snapshots, 4 GiB in eu-west-1 with one: 3 snapshots, 20 GiB, none encrypted.
    for name, region, size, snapshots in (("volume-a", "us-east-1", 8, 2), ("volume-b", "eu-west-1", 4, 1)):
        ec2 = boto3.client("ec2", region_name=region)
        volume = ec2.create_volume(AvailabilityZone=f"{region}a", Size=size, VolumeType="gp3")["VolumeId"]
        for i in range(snapshots):
            ec2.create_snapshot(VolumeId=volume, Description=f"e2e seed {i}")
        # The region's encryption by default on, so that the check's findings are the snapshots' own.
        ec2.enable_ebs_encryption_by_default()
        outputs[name] = volume
    boto3.client("s3", region_name="us-east-1").create_bucket(Bucket=bucket)
    with open(os.environ["GITHUB_OUTPUT"], "a", encoding="utf-8") as out:
        for key, value in outputs.items():
            out.write(f"{key}={value}\n")
    print(", ".join(f"{k}={v}" for k, v in outputs.items()))


if __name__ == "__main__":
    main()
