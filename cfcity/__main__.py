from cfcity.cli.app import main

main()
