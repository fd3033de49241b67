plugin "terraform" {
  enabled = true
  preset  = "recommended"
}
config {
  call_module_type = "none"
}
