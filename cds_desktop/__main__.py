from cds_desktop.cli import main

raise SystemExit(main())
