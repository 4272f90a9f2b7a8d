"""KPI measurements from CSV data files: reading them, indexing them once per workspace,
and merging them into the maps' KPIs.

A workspace names its data files in its configuration (``measurements = ["data/*.csv"]``).
Every row is a dated value of one KPI of one journey. The rows are read once per
workspace and indexed by journey id, so each map only picks up its own rows: memory
grows with the rows of the data files, never with the number of maps.
"""

from cjm.measurements.datafile import COLUMNS, MEASUREMENT_RULE, Row, read_data_file
from cjm.measurements.index import MeasurementData, data_files, index_data_files
from cjm.measurements.merge import merge_measurements

__all__ = [
    "COLUMNS",
    "MEASUREMENT_RULE",
    "MeasurementData",
    "Row",
    "data_files",
    "index_data_files",
    "merge_measurements",
    "read_data_file",
]
