{
  "openapi": "3.0.1",
  "info": { "title": "${title}", "version": "1.0" },
  "paths": {}
}
