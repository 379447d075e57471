"""Running the pipeline on a Dask cluster: `rasd ingest --engine dask` (docs/scale.md).

`plan` cuts inputs into record-aligned partitions, `worker` analyses one partition into Parquet parts, `runner`
coordinates a run on a cluster, `parquet` loads the parts into a store or opens them in place.
"""
