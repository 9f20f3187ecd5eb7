"""A whole news corpus into quotation families: ``framediff index``.

The stages, one module each, in the order they run:

``extract``      the article stage: attributions of one article, its utterances
``blocking``     candidate pairs: texts sharing a distinctive word shingle (numpy index)
``verify``       the pairs that are one utterance, by ``compare``'s own decision
``stock``        the stock-phrase rule: short quoted texts the writers also write
``cluster``      nodes (distinct texts) and families by union-find
``grouping``     blocking, verification on an engine and union-find, end to end
``indexer``      ``index_corpus``: new articles extracted, families rebuilt, store updated
``engine_local`` the default engine: a process pool on this machine
``engine_dask``  the same stage functions as Dask tasks (the ``dask`` extra)
``store``        the SQLite database (and Parquet files): the stage's only I/O
``queries``      reading a corpus database: families, and the articles of one
``records``      the frozen records the stages pass along
"""
