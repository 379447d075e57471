from rasd.cli import main

if __name__ == "__main__":  # not when Dask's worker processes (spawned) import this module again
    main()
