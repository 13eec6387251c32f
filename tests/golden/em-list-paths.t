$ goals --vault examples/engineering-manager --today 2026-11-22 list --horizon short --format paths
? 0
--- stdout
examples/engineering-manager/Goals/Earn the AWS Solutions Architect certification.md
examples/engineering-manager/Goals/Finish the Coaching for Engineers course.md
examples/engineering-manager/Goals/Give a talk at the internal engineering summit.md
examples/engineering-manager/Goals/Have a career growth conversation with my manager.md
examples/engineering-manager/Goals/Lead the sprint planning cycle for Q1 2027.md
examples/engineering-manager/Goals/Mentor 2 junior engineers.md
examples/engineering-manager/Goals/Pass the internal system design certification.md
examples/engineering-manager/Goals/Run the interview loop for two backend hires.md
