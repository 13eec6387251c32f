$ goals --vault examples/engineering-manager --today 2026-11-22 list --due-after 2027-01-01 --sort title
? 0
--- stdout
TYPE    HORIZON STATUS  DUE        PROGRESS  PATH
goal    medium  active  2027-06-30      1/2  Goals/Build a network of engineering managers.md
goal    medium  active  2027-06-30      2/4  Goals/Develop coaching and mentoring skills.md
goal    medium  active  2027-09-30        -  Goals/Get promoted to Engineering Manager.md
goal    long    active  2028-12-31        -  Goals/Move into engineering management.md
goal    short   planned 2027-03-31        -  Goals/Run the interview loop for two backend hires.md
goal    medium  active  2027-06-30      2/5  Goals/Serve as acting tech lead for two quarters.md
