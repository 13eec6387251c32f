$ goals --vault examples/engineering-manager --today 2026-11-22 show 2026-11-18
? 0
--- stdout
Wednesday 18 November
note - Daily/2026-11-18.md
  tags            #daily #career/management #1on1

Tasks
  [X] Update the capacity model with Marcus's numbers (done 2026-11-18)  line 24
