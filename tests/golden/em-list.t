$ goals --vault examples/engineering-manager --today 2026-11-22 list
? 0
--- stdout
TYPE    HORIZON STATUS  DUE        PROGRESS  PATH
goal    medium  active  2027-06-30      1/2  Goals/Build a network of engineering managers.md
goal    medium  active  2027-06-30      2/4  Goals/Develop coaching and mentoring skills.md
goal    medium  done    2026-03-31      4/4  Goals/Earn promotion to Senior Software Engineer by the March 2026 review cycle.md
goal    short   dropped 2026-06-30      1/1  Goals/Earn the AWS Solutions Architect certification.md
goal    short   active  2026-10-31      2/3  Goals/Finish the Coaching for Engineers course.md
goal    medium  active  -                 -  Goals/Get better at leadership.md
goal    medium  active  2027-09-30        -  Goals/Get promoted to Engineering Manager.md
goal    short   active  2026-12-10      1/3  Goals/Give a talk at the internal engineering summit.md
goal    short   done    2026-07-31      3/3  Goals/Have a career growth conversation with my manager.md
goal    short   active  2026-12-18      1/3  Goals/Lead the sprint planning cycle for Q1 2027.md
goal    short   active  2026-12-31      5/7  Goals/Mentor 2 junior engineers.md
goal    long    active  2028-12-31        -  Goals/Move into engineering management.md
goal    short   done    2025-12-15      3/3  Goals/Pass the internal system design certification.md
goal    short   planned 2027-03-31        -  Goals/Run the interview loop for two backend hires.md
goal    medium  active  2027-06-30      2/5  Goals/Serve as acting tech lead for two quarters.md
review  -       -       2026-10-31        -  Reviews/2026-10.md
review  -       -       2026-10-02        -  Reviews/2026-Q3 review.md
review  -       -       2026-11-15        -  Reviews/2026-W46.md
review  -       -       2026-11-22        -  Reviews/2026-W47.md
sprint  -       -       2026-09-30      3/6  Sprints/2026-Q3.md
sprint  -       -       2026-12-31      5/9  Sprints/2026-Q4.md
vision  -       -       -                 -  Vision/My north star.md
--- stderr
