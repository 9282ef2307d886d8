"""The seeds' physics as specs and symbolic builders."""
