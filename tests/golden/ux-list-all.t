$ goals --vault examples/ux-designer --today 2026-11-22 list --type all
? 0
--- stdout
TYPE    HORIZON STATUS  DUE        PROGRESS  PATH
note    -       -       -                 -  Daily/2026-11-19.md
goal    short   active  2026-12-31      4/7  Goals/Apply to 5 junior UX roles per week.md
goal    short   active  2026-12-31      4/6  Goals/Attend 1 design community event per month.md
goal    short   active  2026-12-15      2/4  Goals/Build 2 portfolio case studies.md
goal    short   done    2026-09-30      3/3  Goals/Complete the Google UX Design Certificate.md
goal    long    active  2028-08-31        -  Goals/Transition from teaching to UX design.md
case-study -       -       -                 -  Past work/Case study.md
case-study -       -       -                 -  Portfolio/Case study.md
case-study -       -       -                 -  Portfolio/Homework tracker case study.md
note    -       -       -                 -  Portfolio/Portfolio index.md
review  -       -       2026-10-03        -  Reviews/2026-Q3 review.md
sprint  -       -       2026-09-30      4/4  Sprints/2026-Q3.md
sprint  -       -       2026-12-31     7/13  Sprints/2026-Q4.md
vision  -       -       -                 -  Vision/Designing for learners.md
--- stderr
Daily/2026-11-19.md:11:32: warning: [[Case study]] matches 2 notes equally: Past work/Case study.md, Portfolio/Case study.md; Obsidian opens whichever it read first from disk, goals uses Past work/Case study.md (the first by path) [ambiguous-link]
