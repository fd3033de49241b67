output "rest_api_id" {
  description = "ID of the REST API."
  value       = aws_api_gateway_rest_api.this.id
}

output "rest_api_execution_arn" {
  description = "Execution ARN of the REST API, for IAM policies and Lambda permissions."
  value       = aws_api_gateway_rest_api.this.execution_arn
}

output "endpoint_type" {
  description = "Endpoint type of the REST API."
  value       = one(aws_api_gateway_rest_api.this.endpoint_configuration[0].types)
}

output "stage_name" {
  description = "Name of the deployed stage."
  value       = aws_api_gateway_stage.this.stage_name
}

output "stage_arn" {
  description = "ARN of the stage (for WAF associations and IAM)."
  value       = aws_api_gateway_stage.this.arn
}

output "invoke_url" {
  description = "Invoke URL of the stage (for a private API it resolves only inside the VPC, with private DNS on)."
  value       = aws_api_gateway_stage.this.invoke_url
}

output "access_log_group_name" {
  description = "CloudWatch log group that receives the access logs."
  value       = aws_cloudwatch_log_group.access.name
}

output "execution_log_group_name" {
  description = "CloudWatch log group API Gateway writes execution logs to."
  value       = aws_cloudwatch_log_group.execution.name
}

output "endpoint_specific_invoke_url" {
  description = "Invoke URL through the endpoint-specific Route 53 alias ({api-id}-{vpce-id}); works from the VPC with or without private DNS."
  value       = "https://${aws_api_gateway_rest_api.this.id}-${var.vpc_endpoint_ids[0]}.execute-api.${data.aws_region.current.region}.${data.aws_partition.current.dns_suffix}/${aws_api_gateway_stage.this.stage_name}"
}
