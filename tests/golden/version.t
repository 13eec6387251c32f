$ goals --version
? 0
--- stdout
goals 0.1.0
