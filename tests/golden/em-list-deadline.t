$ goals --vault examples/engineering-manager --today 2026-11-22 list --type goal --status active,planned --sort deadline --due-before 2027-01-01
? 0
--- stdout
TYPE    HORIZON STATUS  DUE        PROGRESS  PATH
goal    short   active  2026-10-31      2/3  Goals/Finish the Coaching for Engineers course.md
goal    short   active  2026-12-10      1/3  Goals/Give a talk at the internal engineering summit.md
goal    short   active  2026-12-18      1/3  Goals/Lead the sprint planning cycle for Q1 2027.md
goal    short   active  2026-12-31      5/7  Goals/Mentor 2 junior engineers.md
