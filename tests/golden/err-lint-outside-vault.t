$ goals --vault examples/engineering-manager --today 2026-11-22 lint examples/product-manager
? 2
--- stdout
--- stderr
goals: 'examples/product-manager' is not inside the vault 'examples/engineering-manager'
