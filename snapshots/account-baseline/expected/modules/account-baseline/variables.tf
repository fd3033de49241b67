variable "tags" {
  description = "Tags for the IAM role."
  type        = map(string)
  default     = {}
}
