$ goals --vault examples/product-manager --today 2026-11-22 list
? 0
--- stdout
TYPE    HORIZON STATUS  DUE        PROGRESS  PATH
goal    short   active  2026-12-31      4/6  Goals/Attend 2 local product management meetups.md
goal    long    active  2029-06-30        -  Goals/Become a product manager at a mid-size tech company.md
goal    short   active  2026-12-20      6/9  Goals/Complete the Google Project Management Certificate.md
goal    short   active  2026-12-18      2/6  Goals/Lead a small internal project.md
review  -       -       2026-11-21        -  Reviews/2026-W47.md
sprint  -       -       2026-12-31     5/11  Sprints/2026-Q4.md
vision  -       -       -                 -  Vision/Where I want to be.md
--- stderr
