$ goals --vault examples/engineering-manager --today 2026-11-22 graph --format mermaid
? 0
--- stdout
flowchart BT
  n0("Build a network of engineering managers (medium goal)")
  n1("Develop coaching and mentoring skills (medium goal)")
  n2("Earn promotion to Senior Software Engineer by the March 2026 review cycle (medium goal)")
  n3("Earn the AWS Solutions Architect certification (short goal)")
  n4("Finish the Coaching for Engineers course (short goal)")
  n5("Get better at leadership (medium goal)")
  n6("Get promoted to Engineering Manager (medium goal)")
  n7("Give a talk at the internal engineering summit (short goal)")
  n8("Have a career growth conversation with my manager (short goal)")
  n9("Lead the sprint planning cycle for Q1 2027 (short goal)")
  n10("Mentor 2 junior engineers (short goal)")
  n11("Move into engineering management (long goal)")
  n12("Pass the internal system design certification (short goal)")
  n13("Run the interview loop for two backend hires (short goal)")
  n14("Serve as acting tech lead for two quarters (medium goal)")
  n15>"October 2026 deep dive (review)"]
  n16>"2026-Q3 review (review)"]
  n17>"Week 46 (review)"]
  n18>"Week 47 (review)"]
  n19[["Q3 2026 career sprint (sprint)"]]
  n20[["Q4 2026 career sprint (sprint)"]]
  n21{{"My north star (vision)"}}
  n22("Identify one leadership opportunity on the Payments team (short goal)")
  n0 -->|parent| n11
  n1 -->|parent| n11
  n2 -->|parent| n11
  n3 -->|parent| n11
  n4 -->|parent| n1
  n5 -->|parent| n11
  n6 -->|parent| n11
  n8 -->|parent| n14
  n9 -->|parent| n14
  n10 -->|parent| n1
  n11 -->|parent| n21
  n12 -->|parent| n2
  n13 -->|parent| n14
  n14 -->|parent| n11
  n15 -->|reviews| n20
  n16 -->|reviews| n19
  n17 -->|reviews| n20
  n18 -->|reviews| n20
  n19 -->|goal| n8
  n19 -->|goal| n22
  n19 -->|serves| n11
  n20 -->|goal| n10
  n20 -->|goal| n9
  n20 -->|goal| n4
  n20 -->|serves| n11
  n22 -->|parent| n11
