output "rest_api_id" {
  description = "ID of the REST API."
  value       = module.api.rest_api_id
}

output "rest_api_execution_arn" {
  description = "Execution ARN of the REST API, for IAM policies and Lambda permissions."
  value       = module.api.rest_api_execution_arn
}

output "endpoint_type" {
  description = "Endpoint type of the REST API."
  value       = module.api.endpoint_type
}

output "stage_name" {
  description = "Name of the deployed stage."
  value       = module.api.stage_name
}

output "stage_arn" {
  description = "ARN of the stage (for WAF associations and IAM)."
  value       = module.api.stage_arn
}

output "invoke_url" {
  description = "Invoke URL of the stage (for a private API it resolves only inside the VPC, with private DNS on)."
  value       = module.api.invoke_url
}

output "authorizer_id" {
  description = "ID of the API's authorizer (Cognito user pools or Lambda): for methods added by hand (authorizer_id)."
  value       = module.api.authorizer_id
}

output "usage_plan_id" {
  description = "ID of the usage plan that meters the API keys (add clients' keys to it with aws_api_gateway_usage_plan_key)."
  value       = module.api.usage_plan_id
}

output "api_key_ids" {
  description = "API key IDs by client. The values: aws apigateway get-api-key --api-key <id> --include-value (they are in the state too)."
  value       = module.api.api_key_ids
}

output "access_log_group_name" {
  description = "CloudWatch log group that receives the access logs."
  value       = module.api.access_log_group_name
}

output "execution_log_group_name" {
  description = "CloudWatch log group API Gateway writes execution logs to."
  value       = module.api.execution_log_group_name
}

output "web_acl_arn" {
  description = "ARN of the WAF web ACL protecting the stage."
  value       = module.api.web_acl_arn
}
