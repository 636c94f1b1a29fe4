"""keryx.linking"""
