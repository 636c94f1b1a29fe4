"""keryx.training"""
