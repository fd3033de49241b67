output "account_cloudwatch_role_arn" {
  description = "The account's API Gateway CloudWatch role (this account and Region); other APIs here use it without setting it."
  value       = module.account.cloudwatch_role_arn
}
