tls = "TLS_1_2"
