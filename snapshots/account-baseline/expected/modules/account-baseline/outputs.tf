output "cloudwatch_role_arn" {
  description = "ARN of the role API Gateway logs with: the account's setting, once it is applied."
  value       = aws_api_gateway_account.this.cloudwatch_role_arn
}
