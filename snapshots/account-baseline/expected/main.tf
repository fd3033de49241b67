# platform-account API Gateway account baseline
# The account's API Gateway baseline, as a root of its own (--account-baseline-only): the API
# roots in this account and Region leave it out, so destroying an API never resets it.

# The API Gateway CloudWatch role of this account and Region (--account-baseline): shared by
# every API here. Keep it in this root only; other roots in the account leave it out.
module "account" {
  source = "./modules/account-baseline"

  tags = var.tags
}
