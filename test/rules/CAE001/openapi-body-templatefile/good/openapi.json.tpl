{
  "openapi": "3.0.1",
  "info": { "title": "${title}", "version": "1.0" },
  "x-amazon-apigateway-policy": {
    "Version": "2012-10-17",
    "Statement": [
      { "Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*" },
      { "Effect": "Deny", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*", "Condition": { "StringNotEquals": { "aws:SourceVpce": "${vpce_id}" } } }
    ]
  },
  "paths": {}
}
