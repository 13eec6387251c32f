$ goals --vault examples/ux-designer --today 2026-11-22 show "Portfolio/Case study"
? 0
--- stdout
Parent-teacher conference booking
case-study - Portfolio/Case study.md
  tags            #portfolio

Backlinks
  Daily/2026-11-19.md
  Goals/Build 2 portfolio case studies.md
  Portfolio/Homework tracker case study.md
  Portfolio/Portfolio index.md
